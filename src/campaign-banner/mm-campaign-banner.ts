import { CampaignBanner } from './campaign-banner.js';

export { CampaignBanner };
export type { MmDismissEvent } from '../core/events/mm-dismiss.js';
CampaignBanner.define('mm-campaign-banner');

declare global {
  interface HTMLElementTagNameMap {
    'mm-campaign-banner': CampaignBanner;
  }
}
