// Reminder settings (days, time, time zone) and the calendar file built from them. The time
// zone also gives progress its local calendar when the request does not name an offset.
import { endpoints } from '../../core/contracts/endpoints.js';
import { localDateAt, reminderCalendar, utcOffsetMinutesAt } from '../../core/reminders/index.js';
import {
  deleteReminders,
  findReminders,
  saveReminders,
} from '../../db/repositories/reminder-settings.js';
import type { App } from '../app-types.js';
import type { Access } from '../auth/signed-in.js';
import { ApiError } from '../errors.js';
import { route } from '../route.js';

export function reminderRoutes(app: App, access: Access) {
  route(app, endpoints.reminders, { onRequest: access.signedIn }, async (request) => {
    const stored = await findReminders(access.db, access.person(request).userId);
    return { reminders: stored?.settings ?? null };
  });

  route(app, endpoints.setReminders, { onRequest: access.signedIn }, async (request) => {
    const userId = access.person(request).userId;
    await saveReminders(access.db, userId, request.body, access.clock());
    return { reminders: request.body };
  });

  route(app, endpoints.deleteReminders, { onRequest: access.signedIn }, async (request, reply) => {
    await deleteReminders(access.db, access.person(request).userId);
    return reply.status(204).send(null);
  });

  route(
    app,
    endpoints.remindersCalendar,
    { onRequest: access.signedIn },
    async (request, reply) => {
      const userId = access.person(request).userId;
      const stored = await findReminders(access.db, userId);
      if (!stored) throw new ApiError('not_found', 'You have not set any reminders yet.');
      const { settings, updatedAt } = stored;
      const calendar = reminderCalendar({
        uid: `reminders-${userId}@unknot`,
        changedAt: updatedAt.toISOString(),
        startOn: localDateAt(updatedAt, utcOffsetMinutesAt(settings.timeZone, updatedAt)),
        days: settings.days,
        time: settings.time,
        url: `${request.protocol}://${request.host}/`,
      });
      if (!calendar.ok) throw new Error(calendar.message); // stored settings were checked
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="unknot-reminders.ics"')
        .header('cache-control', 'no-store')
        .send(calendar.value);
    },
  );
}
