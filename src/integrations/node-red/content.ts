/** Node-RED prose: the settings.js block, help texts, notes, reasons and the manual test. */
import type { ManualTest, NoteSpec } from '../../features/wizard/definition/format';

export const snippet = `adminAuth: {
    type: "strategy",
    strategy: {
        name: "openidconnect",
        label: "Sign in with authentik",
        icon: "fa-cloud",
        strategy: require("passport-openidconnect").Strategy,
        options: {
            issuer: "{issuer}",
            authorizationURL: "{authorize_url}",
            tokenURL: "{token_url}",
            userInfoURL: "{userinfo_url}",
            clientID: "{client_id}",
            clientSecret: "{client_secret}",
            callbackURL: "{redirect_uri}",
            scope: ["email", "profile", "openid"],
            proxy: true,
        },
    },
    users: function (user) {
        return Promise.resolve({ username: user, permissions: "*" });
    },
},`;

export const help = {
  url: 'The address of the Node-RED editor, including httpAdminRoot if you set one (for example /admin). You can paste any editor page; the wizard keeps only the base address.',
  issuer: 'passport-openidconnect compares this string with the iss claim of the ID token character by character, trailing slash included.',
  callback:
    'Node-RED serves the callback at httpAdminRoot + /auth/strategy/callback. Write the full https address: behind a reverse proxy a relative one may turn into http.',
  users:
    'Node-RED calls this with the authentik username (preferred_username). As written, every user authentik lets through gets full editor rights.',
};

export const notes = {
  install: {
    tone: 'info',
    text: 'Run this in the Node-RED user directory (/data in the official Docker image, usually ~/.node-red otherwise), then restart Node-RED.',
  },
  access: {
    tone: 'warning',
    text: 'The users function above gives every signed-in user all permissions ("*"). Restrict who may open the application with bindings in authentik, or return read-only permissions for some users.',
  },
  restart: { tone: 'info', text: 'Put adminAuth inside module.exports of settings.js (replace an existing adminAuth) and restart Node-RED.' },
} satisfies Record<string, NoteSpec>;

export const why = {
  redirect: 'Node-RED sends the callbackURL from settings.js; authentik refuses any other string with “Redirect URI Error”.',
  discovery:
    'Node-RED does not read discovery: the issuer, authorization, token and userinfo URLs in settings.js must be the ones authentik announces.',
};

export const manualTest: ManualTest = {
  steps: [
    'Restart Node-RED and open the editor.',
    'Click “Sign in with authentik” and sign in at authentik.',
    'If it fails, come back here and click Check again: a refused redirect URI is recorded by authentik.',
  ],
  success: 'The Node-RED editor opens, signed in with your authentik username.',
  errors: [
    {
      message: "Error: Cannot find module 'passport-openidconnect' (Node-RED does not start)",
      meaning: 'The package is not installed in the Node-RED user directory. Run npm install passport-openidconnect there.',
    },
    {
      message: 'Redirect URI Error (on an authentik page)',
      meaning: 'callbackURL in settings.js differs from the redirect URI here (http instead of https, a missing httpAdminRoot).',
      checkId: 'redirect-errors',
    },
    {
      message: 'Back on the Node-RED login page after authentik',
      meaning:
        'passport-openidconnect refused the ID token (“ID token not issued by expected OpenID provider.”): the issuer in settings.js is not exactly authentik’s issuer, often the trailing slash is missing.',
      checkId: 'discovery',
    },
    { message: 'Failed to obtain access token', meaning: 'The token exchange failed: check clientSecret and tokenURL.' },
  ],
};
