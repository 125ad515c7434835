/**
 * The jsdom test environment puts jsdom's own ArrayBuffer and Uint8Array on globalThis; Node's
 * crypto and TextEncoder make Node's, and the in-process simulator (its X.509 keys) checks one
 * against the other. Putting Node's back, as Vitest's node environment does, lets both run in one
 * test. Import before anything that loads the simulator.
 */
import { Buffer } from 'node:buffer';

const nodeUint8Array = Object.getPrototypeOf(Buffer.prototype).constructor as Uint8ArrayConstructor;
globalThis.Uint8Array = nodeUint8Array;
globalThis.ArrayBuffer = Buffer.alloc(0).buffer.constructor as ArrayBufferConstructor;
