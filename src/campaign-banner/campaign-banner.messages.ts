import { plural } from '../core/lang.js';
import type { Dictionary } from '../core/i18n.js';

export interface BannerMessages {
  daysLeft: (n: number) => string;
  startsTomorrow: string;
  thisWeek: string;
  dayOf: (day: number, total: number) => string;
  lastDay: string;
  dates: (from: string, to: string) => string;
  more: string;
  lookBack: string;
  dismiss: (name: string) => string;
  label: string;
}

export const messages: Dictionary<BannerMessages> = {
  nl: {
    daysLeft: (n) => `Nog ${n} ${plural('nl', n, { one: 'dag', other: 'dagen' })}`,
    startsTomorrow: 'Morgen begint het',
    thisWeek: 'Deze week',
    dayOf: (d, t) => `dag ${d} van ${t}`,
    lastDay: 'Vandaag is de laatste dag',
    dates: (from, to) => `${from} t/m ${to}`,
    more: 'Bekijk het programma',
    lookBack: 'Kijk terug',
    dismiss: (name) => `Melding over ${name} sluiten`,
    label: 'Campagne',
  },
  en: {
    daysLeft: (n) => `${n} ${plural('en', n, { one: 'day', other: 'days' })} to go`,
    startsTomorrow: 'Starts tomorrow',
    thisWeek: 'This week',
    dayOf: (d, t) => `day ${d} of ${t}`,
    lastDay: 'Today is the last day',
    dates: (from, to) => `${from} to ${to}`,
    more: 'See the programme',
    lookBack: 'Look back',
    dismiss: (name) => `Close the notice about ${name}`,
    label: 'Campaign',
  },
};
