// Every screen's address, written once so links, the route table and tests agree. A leaf:
// it imports nothing, so any page can link to any other without importing the route table.
export const homePath = '/';
export const mapPath = '/map';
export const resultsPath = '/results';
export const safetyScreenPath = '/safety';
export const safetyResultPath = '/safety/result';
/** Starts the safety screen at the squeezed-nerve questions (cauda equina signs). */
export const nerveQuestionsPath = '/safety?topic=nerves';
// The way to a plan, in the order a person walks it.
export const preferencesPath = '/preferences';
export const psoasCheckPath = '/psoas-check';
export const overloadPath = '/overload';
export const planPath = '/plan';
export const planPrintPath = '/plan/print';
/** The session player's address (owned by the player; linked from the plan). */
export const sessionPath = '/session';
export const nightPath = '/night';
export const progressPath = '/progress';
export const accountPath = '/account';
export const adminPath = '/admin';
// The therapist's side: their clients, one client's pages, and the link a client opens.
export const therapistPath = '/therapist';
export const therapistClientPath = '/therapist/clients/:clientId';
export const invitePath = '/invite/:token';
// The therapist's work on one client: the plan they assign, its handout, and the follow-up.
export const therapistClientPlanPath = '/therapist/clients/:clientId/plan';
export const therapistClientHandoutPath = '/therapist/clients/:clientId/plan/print';
export const therapistClientFollowUpPath = '/therapist/clients/:clientId/follow-up';
// A plan a therapist assigned, as the client reads it (the handout's QR code opens it) and plays it.
export const assignedPlanPath = '/plan/assigned/:planId';
export const assignedSessionPath = '/session/assigned/:planId';
