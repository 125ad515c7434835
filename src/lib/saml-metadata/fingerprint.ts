/** SHA-256 of a base64 DER certificate, lower-case colon hex as authentik writes `fingerprint_sha256`. */
export async function sha256Fingerprint(base64Der: string): Promise<string> {
  const der = Uint8Array.from(atob(base64Der), (char) => char.charCodeAt(0));
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', der));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join(':');
}
