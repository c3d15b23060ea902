// Reminder settings (days, time, time zone) and the calendar file built from them. The time
// zone also gives progress its local calendar when the request does not name an offset.
import { z } from 'zod';
import { ErrorBody } from '../../core/contracts/error.js';
import { ReminderSettings, RemindersAnswer } from '../../core/contracts/records.js';
import { localDateAt, reminderCalendar, utcOffsetMinutesAt } from '../../core/reminders/index.js';
import {
  deleteReminders,
  findReminders,
  saveReminders,
} from '../../db/repositories/reminder-settings.js';
import type { App } from '../app-types.js';
import type { Access } from '../auth/signed-in.js';
import { ApiError } from '../errors.js';

const NoContent = z.null().describe('No content');

export function reminderRoutes(app: App, access: Access) {
  const tags = ['reminders'];

  app.get(
    '/api/me/reminders',
    {
      onRequest: access.signedIn,
      schema: {
        summary: 'Your reminder settings, or null when none are set',
        tags,
        response: { 200: RemindersAnswer, 401: ErrorBody },
      },
    },
    async (request) => {
      const stored = await findReminders(access.db, access.person(request).userId);
      return { reminders: stored?.settings ?? null };
    },
  );

  app.put(
    '/api/me/reminders',
    {
      onRequest: access.signedIn,
      schema: {
        summary: 'Set the days, time and time zone of your reminders',
        tags,
        body: ReminderSettings,
        response: { 200: RemindersAnswer, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      const userId = access.person(request).userId;
      await saveReminders(access.db, userId, request.body, access.clock());
      return { reminders: request.body };
    },
  );

  app.delete(
    '/api/me/reminders',
    {
      onRequest: access.signedIn,
      schema: {
        summary: 'Turn reminders off',
        tags,
        response: { 204: NoContent, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request, reply) => {
      await deleteReminders(access.db, access.person(request).userId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/me/reminders.ics',
    {
      onRequest: access.signedIn,
      schema: {
        summary: 'Your reminders as a calendar file (iCalendar, one weekly repeating event)',
        description:
          'text/calendar. The event repeats weekly on your days at your time in floating local ' +
          'time (the clock of the device showing it). 404 when no reminders are set.',
        tags,
        produces: ['text/calendar'],
        response: {
          200: z.string().describe('The calendar file (text/calendar)'),
          401: ErrorBody,
          404: ErrorBody,
        },
      },
    },
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
