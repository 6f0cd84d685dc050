import { CampaignBanner } from './campaign-banner.js';

export { CampaignBanner };
CampaignBanner.define('mm-campaign-banner');

declare global {
  interface HTMLElementTagNameMap {
    'mm-campaign-banner': CampaignBanner;
  }
  interface HTMLElementEventMap {
    'mm-dismiss': CustomEvent<{ campaign: string }>;
  }
}
