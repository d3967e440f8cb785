import { useEffect, useState } from 'react';

type QrLib = typeof import('qrcode');

/** The QR library is its own chunk, fetched only when a link is there to draw. */
let qrLib: Promise<QrLib> | null = null;
function loadQr(): Promise<QrLib> {
  qrLib ??= import('qrcode').then(
    (m) => (m as QrLib & { default?: QrLib }).default ?? m,
    (err: unknown) => {
      qrLib = null; // offline: try again next time
      throw err;
    },
  );
  return qrLib;
}

export type QrState = { state: 'none' | 'loading' | 'failed'; src: null } | { state: 'ready'; src: string };

/**
 * A link as a QR code, drawn in the browser: an SVG in a data: URL (the CSP allows those for
 * images). Without it (its chunk could not load offline) the link itself is still complete.
 */
export function useQrCode(value: string | null): QrState {
  const [drawn, setDrawn] = useState<{ value: string; src: string | null } | null>(null);
  useEffect(() => {
    if (!value) return;
    let live = true;
    loadQr()
      .then((qr) => qr.toString(value, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#14213dff', light: '#ffffffff' } }))
      .then(
        (svg) => live && setDrawn({ value, src: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` }),
        () => live && setDrawn({ value, src: null }),
      );
    return () => {
      live = false;
    };
  }, [value]);
  if (!value) return { state: 'none', src: null };
  if (!drawn || drawn.value !== value) return { state: 'loading', src: null };
  return drawn.src ? { state: 'ready', src: drawn.src } : { state: 'failed', src: null };
}
