/**
 * The two ways to hand the wizard a SAML metadata document: paste its XML, or choose its file.
 * Shared by the SAML first step (fill the fields) and the audit (compare a provider with it).
 */
import type { ChangeEvent } from 'react';

export function MetadataXmlField(props: { id: string; value: string; onChange: (value: string) => void }) {
  return (
    <div className="field">
      <label htmlFor={props.id} className="field-label">
        SP metadata (XML)
      </label>
      <div className="field-control">
        <textarea
          id={props.id}
          rows={5}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          spellCheck={false}
          autoComplete="off"
          placeholder='<md:EntityDescriptor entityID="…">'
        />
      </div>
    </div>
  );
}

export function MetadataFileButton(props: { onChoose: (event: ChangeEvent<HTMLInputElement>) => void }) {
  return (
    <label className="button-secondary">
      Choose a metadata file…
      <input type="file" accept=".xml,application/xml,text/xml,application/samlmetadata+xml" className="sr-only" onChange={props.onChoose} />
    </label>
  );
}
