/**
 * "Fill from the app's SAML metadata": paste the XML, choose the file, or fetch it from a URL the
 * browser may read. It is read in this browser with the safe parser (no DTD, no entities, a size
 * limit), shows what it found, and fills the fields it maps to; each stays editable. Loaded lazily.
 */
import { MetadataFileButton, MetadataXmlField } from '../../../components/ui/metadata-input';
import { useId, useState, type ChangeEvent } from 'react';
import { Alert } from '../../../components/ui/alert';
import { MAX_METADATA_CHARS, type ParseResult, type SpMetadata } from '../../../lib/saml-metadata/parse';
import type { MetadataTargets } from '../protocols/saml/metadata-targets';
import { browserParse, clearSpMetadata, loadSpMetadata, saveSpMetadata } from '../sp-metadata-store';

export interface SpMetadataPanelProps {
  definitionId: string;
  targets: MetadataTargets;
  /** The labels of the fields it fills, as the form shows them. */
  labels: { acs?: string; entity?: string };
  onFill: (values: Record<string, string>) => void;
  /** Keep the document in this tab for Create (first step); the round trip only fills its fields. */
  persist: boolean;
  /** What else the metadata sets, said under the findings. */
  uses: string;
}

const BINDING = { post: 'HTTP-POST', redirect: 'HTTP-Redirect' } as const;
const yesNo = (value: boolean | null) => (value === null ? 'not said' : value ? 'yes' : 'no');
const short = (certificate: string) => `${certificate.slice(0, 24)}… (${Math.round((certificate.length * 3) / 4)} bytes)`;

export function SpMetadataPanel(props: SpMetadataPanelProps) {
  const id = useId();
  const [xml, setXml] = useState(() => (props.persist ? loadSpMetadata(props.definitionId) : ''));
  const [url, setUrl] = useState('');
  const [result, setResult] = useState<ParseResult | null>(() => (xml ? browserParse(xml) : null));
  const [busy, setBusy] = useState(false);

  const read = (text: string) => {
    setXml(text);
    const parsed = browserParse(text) ?? { ok: false as const, error: 'This browser cannot read XML here.' };
    setResult(parsed);
    if (!parsed.ok) return;
    if (props.persist) saveSpMetadata(props.definitionId, text);
    const values: Record<string, string> = {};
    if (props.targets.acs && parsed.metadata.acs) values[props.targets.acs] = parsed.metadata.acs.url;
    if (props.targets.entity) values[props.targets.entity] = parsed.metadata.entityId;
    props.onFill(values);
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    if (file.size > MAX_METADATA_CHARS * 4) {
      setResult({
        ok: false,
        error: `${file.name} is ${Math.round(file.size / 1024)} KB; SP metadata is a few kilobytes. Choose the app’s metadata file.`,
      });
      return;
    }
    read(await file.text());
  };

  const fetchUrl = async () => {
    let target: URL;
    try {
      target = new URL(url.trim());
    } catch {
      setResult({ ok: false, error: 'This is not a URL. Paste the address of the app’s SP metadata, starting with https://.' });
      return;
    }
    if (target.protocol !== 'https:') {
      setResult({
        ok: false,
        error: 'Fetch metadata over https:// only; over plain http anyone on the way could change it. Download the file instead and choose it.',
      });
      return;
    }
    setBusy(true);
    try {
      // No cookies, no referrer, no authentik token: a plain public download.
      const response = await fetch(target, { credentials: 'omit', referrerPolicy: 'no-referrer', cache: 'no-store', redirect: 'follow' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const text = await response.text();
      read(text.length > MAX_METADATA_CHARS ? text.slice(0, MAX_METADATA_CHARS + 1) : text);
    } catch (error) {
      setResult({
        ok: false,
        error: `The browser could not download ${target.host}’s metadata (${error instanceof Error ? error.message : 'network error'}): this page may only contact its own server (its Content-Security-Policy), or the app’s server does not let other sites read it (CORS). Open the address in a new tab, save the file, and choose it here, or paste its text.`,
      });
    } finally {
      setBusy(false);
    }
  };

  const forget = () => {
    clearSpMetadata(props.definitionId);
    setXml('');
    setResult(null);
  };

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Fill from the app’s SAML metadata</h2>
      <p className="muted">
        Most apps publish an SP metadata document (XML). Paste it, choose its file, or give its address: it is read in this browser, and fills{' '}
        {[props.labels.acs, props.labels.entity].filter(Boolean).join(' and ')}. {props.uses}
      </p>
      <MetadataXmlField id={`${id}-xml`} value={xml} onChange={setXml} />
      <div className="actions">
        <button type="button" className="button-secondary" onClick={() => read(xml)}>
          Read the metadata
        </button>
        <MetadataFileButton onChoose={(event) => void choose(event)} />
        {xml && props.persist ? (
          <button type="button" className="button-secondary" onClick={forget}>
            Forget this metadata
          </button>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-url`} className="field-label">
          Or its address
        </label>
        <div className="field-control">
          <input
            id={`${id}-url`}
            type="url"
            value={url}
            onChange={(event) => setUrl(event.target.value)}
            placeholder="https://app.company/saml/metadata"
            spellCheck={false}
            autoComplete="off"
          />
          <button type="button" className="button-secondary" onClick={() => void fetchUrl()} disabled={busy || url.trim() === ''}>
            {busy ? 'Downloading…' : 'Download'}
          </button>
        </div>
      </div>
      <div aria-live="polite">
        {result && !result.ok ? (
          <Alert tone="error" title="This metadata was not used">
            <p>{result.error}</p>
          </Alert>
        ) : null}
        {result?.ok ? <Findings metadata={result.metadata} labels={props.labels} targets={props.targets} /> : null}
      </div>
    </section>
  );
}

function Findings(props: { metadata: SpMetadata; labels: SpMetadataPanelProps['labels']; targets: MetadataTargets }) {
  const { metadata, labels, targets } = props;
  const rows: [string, string][] = [
    ['Entity ID', `${metadata.entityId}${targets.entity ? ` → ${labels.entity}` : ''}`],
    [
      'Assertion Consumer Service',
      metadata.acs ? `${metadata.acs.url} (${BINDING[metadata.acs.binding]})${targets.acs ? ` → ${labels.acs}` : ''}` : 'none',
    ],
    ['Signs its requests (AuthnRequestsSigned)', yesNo(metadata.authnRequestsSigned)],
    ['Wants signed assertions (WantAssertionsSigned)', yesNo(metadata.wantAssertionsSigned)],
    ['NameID formats', metadata.nameIdFormats.join(', ') || 'not said'],
    ['Single logout', metadata.slo ? `${metadata.slo.url} (${BINDING[metadata.slo.binding]})` : 'none'],
    ['Signing certificate', metadata.signingCertificates.map(short).join(', ') || 'none'],
    ['Encryption certificate', metadata.encryptionCertificates.map(short).join(', ') || 'none'],
  ];
  return (
    <Alert tone="success" title="Read from the metadata">
      <dl className="facts" aria-label="What the metadata says">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt>{term}</dt>
            <dd>
              <code>{value}</code>
            </dd>
          </div>
        ))}
      </dl>
      {metadata.notes.length > 0 ? (
        <ul>
          {metadata.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </Alert>
  );
}
