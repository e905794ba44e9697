/**
 * Test helper: the one part of the extension API that shared/ modules use, chrome.storage.local,
 * kept in a Map (the real thing cannot run under Node).
 */
export function installFakeChrome(initial = {}) {
  const store = new Map(Object.entries(initial));
  globalThis.chrome = {
    storage: {
      local: {
        async get(keys) {
          const wanted = keys == null ? [...store.keys()] : [].concat(keys);
          return Object.fromEntries(
            wanted.filter((key) => store.has(key)).map((key) => [key, store.get(key)]),
          );
        },
        async set(items) {
          for (const [key, value] of Object.entries(items)) store.set(key, value);
        },
        async remove(keys) {
          for (const key of [].concat(keys)) store.delete(key);
        },
      },
    },
  };
  return store;
}
