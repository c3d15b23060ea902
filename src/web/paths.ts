// The addresses of the way to a plan, in the order a person walks them, so the setup screens
// and the plan link to each other by name.
export const preferencesPath = '/preferences';
export const psoasCheckPath = '/psoas-check';
export const overloadPath = '/overload';
export const planPath = '/plan';
export const planPrintPath = '/plan/print';
/** The session player's address (owned by the player; linked from the plan). */
export const sessionPath = '/session';
