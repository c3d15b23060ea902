// Where the therapist's screens live, so links and redirects name them once.
import { therapistPath } from '../paths.js';

export const therapistHomePath = therapistPath;
export const clientPath = (clientId: string): string =>
  `/therapist/clients/${encodeURIComponent(clientId)}`;
export const twoFactorSetupPath = '/account#two-step';

const onClient = (clientId: string, tail: string): string => `${clientPath(clientId)}/${tail}`;
export const clientPlanPath = (clientId: string): string => onClient(clientId, 'plan');
export const clientHandoutPath = (clientId: string): string => onClient(clientId, 'plan/print');
export const clientFollowUpPath = (clientId: string): string => onClient(clientId, 'follow-up');
