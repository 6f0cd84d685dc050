/** The English message per validation code (see `validation-messages.nl.ts`, which names the codes). */
import type { FormMessageCode, MessageCode } from './validation-messages.nl.js';

/** The messages the activity form can show (see `nlForm`). */
export const enForm: Record<FormMessageCode, string> = {
  required: 'Fill in this field.',
  too_small: 'This is too short or too few.',
  too_big: 'This is too long or too many.',
  invalid_type: 'This field has a wrong value.',
  invalid_format: 'This is not in the right format.',
  invalid_value: 'Choose one of the options.',
  plain_text: 'Use plain text, without HTML or code.',
  url_scheme: 'Enter a web address that starts with https://.',
  end_before_start: 'The end must be after the start.',
  date_in_past: 'This date has passed. Choose a date in the future.',
  unknown_campaign: 'We do not know this campaign. Send your report without a campaign and the campaign team will choose the right one.',
  one_line: 'Write this on one line, without line breaks or invisible characters.',
  out_of_range: 'Choose a date between the years 2000 and 2100.',
  invalid_email: 'Enter a valid email address, like name@example.com.',
  rate_limited: 'Too many attempts. Wait a moment and try again.',
  too_large: 'Your message is too large. Make the text shorter.',
  too_fast: 'That was very fast. Wait a few seconds and send the form again.',
  invalid_token: 'The form has expired. Reload the page and try again.',
  idempotency_conflict: 'This report was already sent with different details. Reload the page.',
  invalid_json: 'The information was not sent correctly. Please try again.',
  invalid_encoding: 'The text contains characters we cannot read.',
  unsupported_media_type: 'The information was sent in the wrong format.',
  unknown_parameter: 'We do not know this part of the web address.',
  token_used: 'This form was already used. Reload the page and try again.',
  too_deep: 'The data is nested too deeply.',
  not_found: 'We cannot find this.',
  internal: 'Something went wrong on our side. Please try again later.',
};

export const en: Record<MessageCode, string> = {
  ...enForm,
  low_contrast: 'These colours together are hard to read.',
  cancelled_by_organizer: 'The organiser cancelled this. It can no longer be approved or rejected.',
  unknown_place: 'We do not know this place or postcode. Try another place or a Dutch postcode.',
  unauthorized: 'You do not have access. Sign in again with a valid code.',
  invalid_cursor: 'This page no longer exists. Start again at the top of the list.',
  unrecognized_keys: 'We do not know this field.',
};
