// Imported first by main.tsx, so the address bar is cleaned before the router reads it.
import { guardAddressBar } from './link-guard';

export const linkNotice = guardAddressBar(window.location, window.history);
