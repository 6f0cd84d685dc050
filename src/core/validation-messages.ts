/**
 * A clear message per stable validation code (zod's own codes and ours, see `CODES` in
 * `schema.ts`), in Dutch (B1, "je" form) and English. Used by the server for its 422/4xx
 * answers and by the form for its field errors.
 */
import type { Dictionary, Lang } from './lang.js';

const nl = {
    required: 'Vul dit veld in.',
    too_small: 'Dit is te kort of te weinig.',
    too_big: 'Dit is te lang of te veel.',
    invalid_type: 'Dit veld heeft een verkeerde waarde.',
    invalid_format: 'Dit heeft niet de goede vorm.',
    invalid_value: 'Kies een van de opties.',
    plain_text: 'Gebruik gewone tekst, zonder HTML of codes.',
    url_scheme: 'Vul een webadres in dat begint met https://.',
    end_before_start: 'Het einde moet na het begin liggen.',
    one_line: 'Schrijf dit op één regel, zonder regeleinden of onzichtbare tekens.',
    out_of_range: 'Kies een datum tussen het jaar 2000 en 2100.',
    low_contrast: 'Deze kleuren zijn samen niet goed leesbaar.',
    invalid_email: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
    // Server answers (codes from the content API).
    not_found: 'We kunnen dit niet vinden.',
    cancelled_by_organizer: 'De organisator heeft dit afgezegd. Je kunt het niet meer goedkeuren of afwijzen.',
    unknown_place: 'We kennen deze plaats of postcode niet. Probeer een andere plaats of een postcode in Nederland.',
    rate_limited: 'Je hebt het te vaak geprobeerd. Wacht even en probeer het dan opnieuw.',
    too_large: 'Je bericht is te groot. Maak de tekst korter.',
    too_fast: 'Dat ging erg snel. Wacht een paar seconden en verstuur het formulier opnieuw.',
    invalid_token: 'Het formulier is verlopen. Laad de pagina opnieuw en probeer het nog een keer.',
    unauthorized: 'Je hebt geen toegang. Log opnieuw in met een geldige code.',
    idempotency_conflict: 'Deze melding is al verstuurd met andere gegevens. Laad de pagina opnieuw.',
    invalid_json: 'De gegevens zijn niet goed verstuurd. Probeer het opnieuw.',
    invalid_encoding: 'De tekst bevat tekens die we niet kunnen lezen.',
    unsupported_media_type: 'De gegevens zijn in de verkeerde vorm verstuurd.',
    invalid_cursor: 'Deze pagina bestaat niet meer. Begin opnieuw bovenaan de lijst.',
    unknown_parameter: 'Dit onderdeel van het webadres kennen we niet.',
    token_used: 'Dit formulier is al gebruikt. Laad de pagina opnieuw en probeer het nog een keer.',
    too_deep: 'De gegevens zijn te diep genest.',
    unrecognized_keys: 'Dit veld kennen we niet.',
    internal: 'Er ging iets mis bij ons. Probeer het later opnieuw.',
};

/** Every code a message exists for: the Dutch table names them, and the English must have each one. */
export type MessageCode = keyof typeof nl;

export const validationMessages: Dictionary<Record<MessageCode, string>> = {
  nl,
  en: {
    required: 'Fill in this field.',
    too_small: 'This is too short or too few.',
    too_big: 'This is too long or too many.',
    invalid_type: 'This field has a wrong value.',
    invalid_format: 'This is not in the right format.',
    invalid_value: 'Choose one of the options.',
    plain_text: 'Use plain text, without HTML or code.',
    url_scheme: 'Enter a web address that starts with https://.',
    end_before_start: 'The end must be after the start.',
    one_line: 'Write this on one line, without line breaks or invisible characters.',
    out_of_range: 'Choose a date between the years 2000 and 2100.',
    low_contrast: 'These colours together are hard to read.',
    invalid_email: 'Enter a valid email address, like name@example.com.',
    // Server answers (codes from the content API).
    not_found: 'We cannot find this.',
    cancelled_by_organizer: 'The organiser cancelled this. It can no longer be approved or rejected.',
    unknown_place: 'We do not know this place or postcode. Try another place or a Dutch postcode.',
    rate_limited: 'Too many attempts. Wait a moment and try again.',
    too_large: 'Your message is too large. Make the text shorter.',
    too_fast: 'That was very fast. Wait a few seconds and send the form again.',
    invalid_token: 'The form has expired. Reload the page and try again.',
    unauthorized: 'You do not have access. Sign in again with a valid code.',
    idempotency_conflict: 'This report was already sent with different details. Reload the page.',
    invalid_json: 'The information was not sent correctly. Please try again.',
    invalid_encoding: 'The text contains characters we cannot read.',
    unsupported_media_type: 'The information was sent in the wrong format.',
    invalid_cursor: 'This page no longer exists. Start again at the top of the list.',
    unknown_parameter: 'We do not know this part of the web address.',
    token_used: 'This form was already used. Reload the page and try again.',
    too_deep: 'The data is nested too deeply.',
    unrecognized_keys: 'We do not know this field.',
    internal: 'Something went wrong on our side. Please try again later.',
  },
};

/** The translated message for a stable validation code (falls back to a generic one). */
export function validationMessage(code: string, lang: Lang): string {
  const v = validationMessages[lang];
  return Object.hasOwn(v, code) ? v[code as MessageCode] : v.invalid_format;
}
