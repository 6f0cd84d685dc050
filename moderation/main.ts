/** Starts the moderation page in its `<main id="app">` (moderation/index.html). */
import { App } from './app.js';

const root = document.getElementById('app');
if (root) new App(root).start();
