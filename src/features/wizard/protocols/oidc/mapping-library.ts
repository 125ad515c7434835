/**
 * Scope mappings several apps need and authentik does not ship, declared once so every app that
 * needs one reuses the same mapping in authentik (found by name, identical expression).
 */
import type { CustomScopeSpec } from '../../definition/format';

/**
 * authentik's default email mapping sends `email_verified: false` (since 2025.10); apps that refuse
 * unverified addresses (Vaultwarden, Outline, …) need this one instead of the default.
 */
export const EMAIL_VERIFIED: CustomScopeSpec = {
  name: 'authentik wizard: email (verified)',
  scope: 'email',
  expression: 'return {"email": request.user.email, "email_verified": True}',
  description: 'Email address',
};
