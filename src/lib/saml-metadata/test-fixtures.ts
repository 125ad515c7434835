/**
 * SP metadata shaped like what real service providers publish (Shibboleth SP and SimpleSAMLphp
 * style: md/ds prefixes, a signing and an encryption certificate, an Artifact ACS before the POST
 * and Redirect ones, SLO, several NameID formats). The certificates are self-signed RSA
 * certificates made for these tests with openssl; their private keys were thrown away.
 */
export const SIGNING_CERT =
  'MIIDHzCCAgegAwIBAgIUJ91F+u2//U1F36Swre7DnVuFwk4wDQYJKoZIhvcNAQELBQAwHzEdMBsGA1UEAwwUd2lraS5jb21wYW55IFNQIHNpZ24wHhcNMjYxMjA3MjA1MzE5WhcNMzYxMjA0MjA1MzE5WjAfMR0wGwYDVQQDDBR3aWtpLmNvbXBhbnkgU1Agc2lnbjCCASIwDQYJKoZIhvcNAQEBBQADggEPADCCAQoCggEBAKfvnm1Ns1qq+BLo5U1U9Z3qBHKxau4QxhaEkQR2IJD5h6hGQE2Njkp30TTuYNqoG2JVX67aXLFSHtbyzX6JYchMyYMuexVwzJEev7Yhsqpy7HtY/LiW7f+2zGkf9Ckde0mJVT7cHg/mr0J8yt6t7aKWetL0opklZYHfgM4AqfRrW2JF5PXKsZ6YVPYC90ywwX8VZycQ36Hq2PHOYk4afBwRI10XjoOx+9rx61Mg37TVKaodzQAVwkkG7nHgtjDEn++X9hEOETMaFQySuZ6GWGvM2sO6kdtE3gunAkqmxWgEqIOD10+jbl9vFbEKXYi4dbW5wTM7dG7eAzhvn+dJbKUCAwEAAaNTMFEwHQYDVR0OBBYEFHvdwqlpixwQXKyAAEVm+zaTSS4SMB8GA1UdIwQYMBaAFHvdwqlpixwQXKyAAEVm+zaTSS4SMA8GA1UdEwEB/wQFMAMBAf8wDQYJKoZIhvcNAQELBQADggEBAHhqtqMkmHimhHQT2FmmRkrs9Db/+IZu/p638Ad7UD5L6px8o7RhQ+Wgt4ANg5Lg4VArGp0YyfdaEHrvLiK3UfFL6VZL094lb83PSUBaFOtJQezPDrC57SgtUvHG0NdqN8r7TsVzoLTSHjBH+R+EGvaCIxGY5x/DcF4XYRGAj3tDDADgcN/qQsNKle4CQHpa5KdQvSLMrh52CYOcDPCBheHtDFkQ5EwBMjsxnUOdR0QMHhHWPzwMqF1AU3e0yDBKEMzrCVOi4wFOrIDf+zUkWfGcmvn9yhCkGP1ipXkWUctz2Llp4liA2AaOBxSDpK4/mVXo0T4mEWC522dXK6wc77c=';
export const ENCRYPTION_CERT =
  'MIIDHTCCAgWgAwIBAgIUIPXWYk32Od0E4xBH9RExoWgGdMIwDQYJKoZIhvcNAQELBQAwHjEcMBoGA1UEAwwTd2lraS5jb21wYW55IFNQIGVuYzAeFw0yNjEyMDcyMDUzMTlaFw0zNjEyMDQyMDUzMTlaMB4xHDAaBgNVBAMME3dpa2kuY29tcGFueSBTUCBlbmMwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQChWj3Q55BXfvIFRGio732LOlqTyHSF8kXwGROeUQGfg8mWCfKFp0OiumtvJNddHzqcG3xLB5CYUZq8QwL8c5zuxNr+vjkqXHhCVgCzTkaZSsu+P3zSXf/AQbtNDE1dkRGdBCgtvKRAEkz07dWpyGj+uNHppRZA1siLc7V22EwGa9lSACpJ05qKmdJcRFIcUev+DaC9kpYT3lcMwbnrvrlIOZf43skssp6kZoIPU1IatOXYt2NZ9Uu16phgZx9fvukOjmd1ZNFlJfOkFxvOUUDIpqu+WREBE2LG4aY0LRleYsSB1EnFcG6BNlv9GgvsnPEIqgmtSIFafOulxNcT9TBfAgMBAAGjUzBRMB0GA1UdDgQWBBRfBmGc23ntkEbGGy1u1TXXqDc7MjAfBgNVHSMEGDAWgBRfBmGc23ntkEbGGy1u1TXXqDc7MjAPBgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBCwUAA4IBAQAuSOudAttn20sn0H9JZX0m1qxrExqAPoAWa8yjb9sb80vbWlBmWTAKJoTX5cNfvv++afM8ITGkqLlnjPg8VlV6DwW+ejh+SCfQ9jz+0eTnlSyuBFsdlDbUERhQ32Hzm/oOz7F7R1rUfFsfHeBgie/fRIlrTBZhE14jckfcTxqDX9tmAR6RCXplpT5Fwmk/xXTN4eDt6qSKKgATxXTsCXrs5gbEHrCvJt+aM+yWVcXHpskOsQemwDQNLoRdthwjLRiK5Q7u2lD61Tq/5TArfYLql/6u/us8T/5r+FfRzjozguaPkwggF53STA5pIaizSlyZC4n0O6k3HEmlgfLVOsXw';

export const SP_METADATA = `<?xml version="1.0" encoding="UTF-8"?>
<!-- Metadata of the Team Notes service provider -->
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://wiki.company/saml/metadata?tenant=acme&amp;v=2">
  <md:SPSSODescriptor AuthnRequestsSigned="true" WantAssertionsSigned="true" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo>
        <ds:X509Data>
          <ds:X509Certificate>
${SIGNING_CERT.replace(/(.{64})/g, '$1\n')}
          </ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
    <md:KeyDescriptor use="encryption">
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>${ENCRYPTION_CERT}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
      <md:EncryptionMethod Algorithm="http://www.w3.org/2009/xmlenc11#aes256-gcm"/>
    </md:KeyDescriptor>
    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:SOAP" Location="https://wiki.company/saml/slo/soap"/>
    <md:SingleLogoutService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://wiki.company/saml/slo"/>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Artifact" Location="https://wiki.company/saml/acs/artifact" index="0"/>
    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://wiki.company/saml/acs" index="1"/>
    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="https://wiki.company/saml/acs/redirect" index="2"/>
  </md:SPSSODescriptor>
  <md:Organization>
    <md:OrganizationName xml:lang="en">Team Notes</md:OrganizationName>
    <md:OrganizationDisplayName xml:lang="en">Team Notes</md:OrganizationDisplayName>
    <md:OrganizationURL xml:lang="en">https://wiki.company/</md:OrganizationURL>
  </md:Organization>
</md:EntityDescriptor>
`;

/** What every hostile document below must be refused as. */
export const HOSTILE_DOCUMENTS: Record<string, string> = {
  'billion laughs': `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="&lol3;"><md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://wiki.company/acs"/></md:SPSSODescriptor></md:EntityDescriptor>`,
  XXE: `<?xml version="1.0"?>
<!DOCTYPE md [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="&xxe;"><md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://wiki.company/acs"/></md:SPSSODescriptor></md:EntityDescriptor>`,
};
