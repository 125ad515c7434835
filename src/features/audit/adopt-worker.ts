/**
 * Builds the adoption files off the main thread: hundreds of pairs make megabytes of text, and the
 * page must keep answering while they are written. Gets what `readForAdoption` read, answers the files.
 */
import { adopt, type AdoptSource } from '../wizard/export/adopt';

self.onmessage = (event: MessageEvent<AdoptSource>) => {
  try {
    self.postMessage({ ok: true, adoption: adopt(event.data) });
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
