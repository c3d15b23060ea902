// Where the therapist's screens live, so links and redirects name them once.
export const therapistHomePath = '/therapist';
export const clientPath = (clientId: string): string =>
  `/therapist/clients/${encodeURIComponent(clientId)}`;
export const twoFactorSetupPath = '/account#two-step';
