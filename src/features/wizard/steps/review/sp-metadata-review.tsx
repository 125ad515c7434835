/** What the SP's metadata adds to the request, on the review: said before anything is created. */
import { Alert } from '../../../../components/ui/alert';
import type { ReleaseCapabilities } from '../../../../lib/authentik/releases';
import { keypairName, type SpMetadataSettings } from '../../../../lib/saml-metadata/settings';
import { spMetadataNotes } from '../../protocols/saml/metadata-request';

export function SpMetadataReview(props: { settings: SpMetadataSettings; release: ReleaseCapabilities; appName: string }) {
  const { settings, release, appName } = props;
  const keypair = (role: 'verification' | 'encryption') =>
    settings.mayCreateKeypairs
      ? `a certificate-only keypair “${keypairName(appName, role)}”, created right before the pair (an identical certificate already in authentik is reused)`
      : 'the identical certificate, if authentik already holds it';
  const items = [
    `Service Provider Binding: ${settings.binding === 'post' ? 'Post' : 'Redirect'} (the ACS’s binding).`,
    settings.signAssertion ? 'Sign assertions: yes (WantAssertionsSigned).' : null,
    settings.nameIdPolicy && release.samlFields.includes('default_name_id_policy') ? `Default NameID policy: ${settings.nameIdPolicy}.` : null,
    settings.slo && release.samlFields.includes('sls_url')
      ? `Single logout URL: ${settings.slo.url} (${settings.slo.binding === 'post' ? 'Post' : 'Redirect'}).`
      : null,
    settings.verificationCertificate ? `Verification certificate (the SP signs its requests): ${keypair('verification')}.` : null,
    settings.encryptionCertificate ? `Encryption certificate (assertions are encrypted for the SP): ${keypair('encryption')}.` : null,
  ].filter((item): item is string => item !== null);
  return (
    <Alert tone="info" title="From the app’s SAML metadata">
      <ul>
        {[...items, ...spMetadataNotes(settings, release)].map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </Alert>
  );
}
