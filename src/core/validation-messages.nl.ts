/**
 * The Dutch message per validation code (B1, "je" form); `validation-messages.ts` has the
 * lookup. A module per language, so a form on a Dutch page downloads no English (and back).
 */
/**
 * The messages the activity form can show: its own checks (zod's codes and ours) and every
 * code POST /submissions and GET /submissions/token answer with
 * (test/server/form-messages.test.ts proves none is missing). Only these go into the form's
 * chunk of words; any other code shows `invalid_format`, the generic message.
 */
export const nlForm = {
  required: 'Vul dit veld in.',
  too_small: 'Dit is te kort of te weinig.',
  too_big: 'Dit is te lang of te veel.',
  invalid_type: 'Dit veld heeft een verkeerde waarde.',
  invalid_format: 'Dit heeft niet de goede vorm.',
  invalid_value: 'Kies een van de opties.',
  plain_text: 'Gebruik gewone tekst, zonder HTML of codes.',
  url_scheme: 'Vul een webadres in dat begint met https://.',
  end_before_start: 'Het einde moet na het begin liggen.',
  date_in_past: 'Deze datum is al voorbij. Kies een datum in de toekomst.',
  unknown_campaign: 'Deze campagne kennen we niet. Stuur je melding zonder campagne, dan kiest het campagneteam de goede.',
  one_line: 'Schrijf dit op één regel, zonder regeleinden of onzichtbare tekens.',
  out_of_range: 'Kies een datum tussen het jaar 2000 en 2100.',
  invalid_email: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
  rate_limited: 'Je hebt het te vaak geprobeerd. Wacht even en probeer het dan opnieuw.',
  too_large: 'Je bericht is te groot. Maak de tekst korter.',
  too_fast: 'Dat ging erg snel. Wacht een paar seconden en verstuur het formulier opnieuw.',
  invalid_token: 'Het formulier is verlopen. Laad de pagina opnieuw en probeer het nog een keer.',
  idempotency_conflict: 'Deze melding is al verstuurd met andere gegevens. Laad de pagina opnieuw.',
  invalid_json: 'De gegevens zijn niet goed verstuurd. Probeer het opnieuw.',
  invalid_encoding: 'De tekst bevat tekens die we niet kunnen lezen.',
  unsupported_media_type: 'De gegevens zijn in de verkeerde vorm verstuurd.',
  unknown_parameter: 'Dit onderdeel van het webadres kennen we niet.',
  token_used: 'Dit formulier is al gebruikt. Laad de pagina opnieuw en probeer het nog een keer.',
  too_deep: 'De gegevens zijn te diep genest.',
  not_found: 'We kunnen dit niet vinden.',
  internal: 'Er ging iets mis bij ons. Probeer het later opnieuw.',
};

/** Every message: the form's and those of the other elements, the admin and the manage page. */
export const nl = {
  ...nlForm,
  low_contrast: 'Deze kleuren zijn samen niet goed leesbaar.',
  cancelled_by_organizer: 'De organisator heeft dit afgezegd. Je kunt het niet meer goedkeuren of afwijzen.',
  unknown_place: 'We kennen deze plaats of postcode niet. Probeer een andere plaats of een postcode in Nederland.',
  unauthorized: 'Je hebt geen toegang. Log opnieuw in met een geldige code.',
  invalid_cursor: 'Deze pagina bestaat niet meer. Begin opnieuw bovenaan de lijst.',
  unrecognized_keys: 'Dit veld kennen we niet.',
};

/** Every code a message exists for: the Dutch table names them, and the English must have each one. */
export type MessageCode = keyof typeof nl;
/** The codes the activity form has a message for. */
export type FormMessageCode = keyof typeof nlForm;

