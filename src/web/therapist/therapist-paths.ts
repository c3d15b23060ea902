// Where the therapist's screens live, so links and redirects name them once.
import { therapistPath } from '../paths.js';

export const therapistHomePath = therapistPath;
export const clientPath = (clientId: string): string =>
  `/therapist/clients/${encodeURIComponent(clientId)}`;
export const twoFactorSetupPath = '/account#two-step';
