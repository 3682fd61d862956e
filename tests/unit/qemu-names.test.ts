import { expect, test } from 'vitest';
import { namedTypesInCommand, namedTypesInQmp, parseHelpList } from '../helpers/qemu-names.ts';

test('-device, -object and -machine name their type in the first field', () => {
  expect(namedTypesInCommand('qemu-system-x86_64 -M q35 -object cryptodev-backend-builtin,id=c -device virtio-crypto-pci,cryptodev=c')).toEqual([
    { kind: 'machine', name: 'q35' },
    { kind: 'object', name: 'cryptodev-backend-builtin' },
    { kind: 'device', name: 'virtio-crypto-pci' },
  ]);
});

test('driver= names the device when the first field is a property', () => {
  expect(namedTypesInCommand('-device id=x,driver=virtio-blk-pci')).toEqual([{ kind: 'device', name: 'virtio-blk-pci' }]);
});

test('a -machine of properties only names no type', () => {
  expect(namedTypesInCommand('-machine accel=tcg')).toEqual([]);
});

test('backslash-newline continuations are joined', () => {
  expect(namedTypesInCommand('qemu-system-x86_64 \\\n    -device loader,addr=0x1000')).toEqual([{ kind: 'device', name: 'loader' }]);
});

test('device_add and object-add in a transcript name their types', () => {
  const steps = [
    { line: 1, send: { execute: 'device_add', arguments: { driver: 'virtio-blk-pci' } }, expect: [] },
    { line: 2, send: { execute: 'object-add', arguments: { 'qom-type': 'memory-backend-ram' } }, expect: [] },
  ];
  expect(namedTypesInQmp(steps)).toEqual([
    { kind: 'device', name: 'virtio-blk-pci' },
    { kind: 'object', name: 'memory-backend-ram' },
  ]);
});

test('-device help lists names and aliases', () => {
  expect(parseHelpList('device', 'Storage devices:\nname "virtio-blk-pci", bus PCI, alias "virtio-blk"\n')).toEqual(new Set(['virtio-blk-pci', 'virtio-blk']));
});

test('-machine help lists the first word of each line, not the heading', () => {
  expect(parseHelpList('machine', 'Supported machines are:\nq35                  Standard PC (alias of pc-q35-7.2)\n')).toEqual(new Set(['q35']));
});
