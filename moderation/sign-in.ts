/** The sign-in form: the moderator's personal token (from `npm run moderator -- add "Name"`). */
import { html, nothing, type TemplateResult } from 'lit';
import type { Host } from './host.js';

export function signInView(app: Host): TemplateResult {
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const value = ((e.target as HTMLFormElement).elements.namedItem('token') as HTMLInputElement).value.trim();
    if (!value) {
      app.signInError = 'Vul je persoonlijke code in.';
      app.update();
      app.focus('#token');
      return;
    }
    void app.signIn(value);
  };
  const error = app.signInError;
  return html`<section class="panel sign-in" aria-labelledby="inloggen-kop">
    <h2 id="inloggen-kop" tabindex="-1">Inloggen</h2>
    ${app.signInMessage ? html`<p class="notice">${app.signInMessage}</p>` : nothing}
    <p>Log in met je persoonlijke code. Je blijft ingelogd tot je dit tabblad sluit.</p>
    <form @submit=${submit} novalidate>
      <div class="field ${error ? 'has-error' : ''}">
        <label for="token">Je persoonlijke code</label>
        <p class="hint" id="token-hint">Je kreeg de code van de beheerder. Deel hem met niemand.</p>
        ${error ? html`<p class="error" id="token-error">${error}</p>` : nothing}
        <input id="token" name="token" type="password" autocomplete="off" spellcheck="false" aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? 'token-hint token-error' : 'token-hint'} />
      </div>
      <button type="submit">Inloggen</button>
    </form>
  </section>`;
}
