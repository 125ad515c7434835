/** A declared custom mapping that exists with another expression: the admin decides, the wizard never overwrites it. */
import type { CustomMappingNeed } from '../protocols/types';
import type { FoundMapping } from '../protocols/custom-mappings';

export const same = (a: string, b: string) => a.replace(/\r\n/g, '\n').trim() === b.replace(/\r\n/g, '\n').trim();

/** A mapping of the same name but another expression: the admin must decide, the wizard never overwrites it. */
export function conflictingMappings(needs: readonly CustomMappingNeed[], found: readonly FoundMapping[]): string[] {
  return needs.flatMap((need) => {
    const existing = found.find((mapping) => mapping.name === need.name);
    return existing && !same(existing.expression, need.expression)
      ? [
          `A property mapping named “${need.name}” already exists with another expression. Rename or delete it under Customization › Property Mappings, or make its expression the one shown here, then reload.`,
        ]
      : [];
  });
}
