// Web Push for plan reminders on this phone: whether the browser can, and subscribing or unsubscribing
// through the service worker. The server sends only the reminder's neutral title.
import type { PushKeyResponse } from '../contract/plan';
import { api } from './api';

export type PushSupport = 'supported' | 'no-push' | 'insecure';

export function pushSupport(): PushSupport {
  if (!window.isSecureContext) return 'insecure';
  if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window))
    return 'no-push';
  return 'supported';
}

/** The applicationServerKey as the browser wants it: the base64url key's bytes. */
export function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function currentSubscription(): Promise<PushSubscription | null> {
  if (pushSupport() !== 'supported') return null;
  const registration = await navigator.serviceWorker.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/** The person (or the browser's settings) blocked notifications; the page says so in its language. */
export class PushRefusedError extends Error {
  constructor() {
    super('notifications are blocked for this site');
  }
}

/** Asks for permission, subscribes this browser and tells the server. */
export async function enableReminders(): Promise<void> {
  const permission = await Notification.requestPermission();
  if (permission !== 'granted') throw new PushRefusedError();
  const { publicKey } = await api<PushKeyResponse>('GET', '/api/plan/push-key');
  const registration = await navigator.serviceWorker.ready;
  const subscription =
    (await registration.pushManager.getSubscription()) ??
    (await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: keyBytes(publicKey),
    }));
  const { endpoint, keys } = subscription.toJSON();
  await api<void>('POST', '/api/plan/push-subscription', { endpoint, keys });
}

export async function disableReminders(): Promise<void> {
  const subscription = await currentSubscription();
  if (!subscription) return;
  const { endpoint } = subscription;
  await subscription.unsubscribe();
  // Already gone on the server (a 404) is what was wanted.
  await api<void>('DELETE', '/api/plan/push-subscription', { endpoint }).catch(() => {});
}
