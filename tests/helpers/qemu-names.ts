/**
 * The device, object and machine type names an example hands to qemu-system-*, so the suite can
 * check each against what the installed QEMU lists (`-device help`, `-object help`, `-machine help`).
 */
import type { QmpStep } from '../../src/lib/qmp-transcript.ts';

export type TypeKind = 'device' | 'object' | 'machine';
export interface NamedType {
  kind: TypeKind;
  name: string;
}

const OPTION_KIND: Record<string, TypeKind> = {
  '-device': 'device',
  '--device': 'device',
  '-object': 'object',
  '--object': 'object',
  '-machine': 'machine',
  '--machine': 'machine',
  '-M': 'machine',
};
// The property that names the type when the option's first field is not a bare name.
const TYPE_PROPERTY: Record<TypeKind, string> = { device: 'driver', object: 'qom-type', machine: 'type' };

/** The type an option value names: its first field, or `driver=`/`qom-type=`/`type=` among its fields. */
function typeOf(kind: TypeKind, value: string): string | undefined {
  const fields = value.split(',');
  const first = fields[0] ?? '';
  const name = first.includes('=') ? fields.find((field) => field.startsWith(`${TYPE_PROPERTY[kind]}=`))?.slice(TYPE_PROPERTY[kind].length + 1) : first;
  return name && name !== 'help' && name !== '?' ? name : undefined;
}

/**
 * Names in a command line (backslash-newline continuations allowed).
 * @example namedTypesInCommand('qemu-system-x86_64 -M q35 -device virtio-blk-pci,drive=d') // → machine q35, device virtio-blk-pci
 */
export function namedTypesInCommand(command: string): NamedType[] {
  const tokens = command
    .replace(/\\\n/g, ' ')
    .split(/\s+/)
    .map((token) => token.replace(/^['"]|['"]$/g, ''));
  const found: NamedType[] = [];
  tokens.forEach((token, index) => {
    const kind = OPTION_KIND[token];
    const value = tokens[index + 1];
    const name = kind && value ? typeOf(kind, value) : undefined;
    if (kind && name) found.push({ kind, name });
  });
  return found;
}

/** Names in a QMP transcript: `device_add` drivers and `object-add` types. */
export function namedTypesInQmp(steps: readonly QmpStep[]): NamedType[] {
  const found: NamedType[] = [];
  for (const { send } of steps) {
    const args = send?.['arguments'] as Record<string, unknown> | undefined;
    if (send?.['execute'] === 'device_add' && typeof args?.['driver'] === 'string') found.push({ kind: 'device', name: args['driver'] });
    if (send?.['execute'] === 'object-add' && typeof args?.['qom-type'] === 'string') found.push({ kind: 'object', name: args['qom-type'] });
  }
  return found;
}

/** Parses the type names out of `qemu-system-* -device help`, `-object help` or `-machine help`. */
export function parseHelpList(kind: TypeKind, help: string): Set<string> {
  const names = new Set<string>();
  for (const line of help.split('\n')) {
    if (kind === 'device') {
      // name "virtio-blk-pci", bus PCI, alias "virtio-blk"
      for (const match of line.matchAll(/(?:name|alias) "([^"]+)"/g)) if (match[1]) names.add(match[1]);
    } else if (/^\s*\S/.test(line) && !/:\s*$/.test(line)) {
      // "  cryptodev-backend-builtin" or "q35   Standard PC (Q35 + ICH9, 2009) (alias of pc-q35-7.2)"
      const name = line.trim().split(/\s+/)[0];
      if (name) names.add(name);
    }
  }
  return names;
}
