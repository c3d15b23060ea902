// How long a display name may be, as the sign-up and account forms hold it.
export const DISPLAY_NAME_MOST = 80;
