/** English strings of the phone's preview of the record and its question about dates already passed. */
export const enPhoneSlow = {
  'phone.preview.recordTitle': 'What the record will hold',
  'phone.confirm.recordTitle': 'What the record holds',
  'phone.preview.pastKept': 'date passed, kept',
  'phone.pastDate.title': 'This date has passed — is that right?',
  'phone.pastDate.deliverable': 'Deliverable {n}, “{text}”, is due on {date}.',
  'phone.pastDate.timeframe': 'Your pledge is dated {date}.',
  'phone.pastDate.late': 'A pledge with a date in the past shows as late in the public record from the day it is made.',
  'phone.pastDate.change': 'Change the date',
  'phone.pastDate.keep': 'Keep it',
} as const;
