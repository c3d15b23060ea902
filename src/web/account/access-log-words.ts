// The access log in plain words: "Dr Ana Lopez (your therapist) looked at your sessions".
import type { AccessLogEntry } from '../../core/contracts/therapists.js';

const resources: Readonly<Record<string, string>> = {
  'pain-maps': 'your pain maps',
  'safety-screens': 'your safety check results',
  'session-logs': 'your sessions',
  progress: 'your progress',
  'check-ins': 'your weekly check-ins',
  'client-summary': 'your name and since when you share',
  'needs-attention': 'what in your records needs attention',
  'account-details': 'your account details (email, name, sign-in dates)',
  role: 'your account role',
  findings: 'the points found by hand',
  plans: 'your plans',
};

/** What was looked at or changed; an unknown kind keeps the server's own name for it. */
export function resourceWords(resource: string): string {
  const kind = resource.split('/')[0] ?? resource;
  return resources[kind] ?? `your ${kind.replaceAll('-', ' ')}`;
}

const roles: Readonly<Record<string, string>> = {
  therapist: 'your therapist',
  administrator: 'the administrator',
};

export function accessWords(entry: AccessLogEntry): string {
  const who = roles[entry.actor.role];
  const actor = who ? `${entry.actor.displayName} (${who})` : entry.actor.displayName;
  const verb = entry.action === 'change' ? 'changed' : 'looked at';
  return `${actor} ${verb} ${resourceWords(entry.resource)}`;
}
