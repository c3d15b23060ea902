// Reminders: the calendar file and the reminder days, pure (time comes in as arguments).
export { calendarText, escapeText, foldLine, MAX_LINE_OCTETS, utcDateTime } from './icalendar.js';
export {
  REMINDER_DESCRIPTION,
  REMINDER_MINUTES,
  REMINDER_SUMMARY,
  type ReminderCalendarError,
  type ReminderCalendarInput,
  reminderCalendar,
} from './reminder-calendar.js';
export {
  firstReminderDate,
  type ReminderTimes,
  remindersAround,
  sortedDays,
  weekdayOf,
  weekdays,
} from './schedule.js';
export {
  localDateAt,
  localMomentIn,
  utcOffsetMinutesAt,
  type WallClock,
  wallClockIn,
} from './time-zone.js';
