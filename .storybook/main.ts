import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  // Offline: no telemetry (each build would otherwise wait for the network), no update check.
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};
export default config;
