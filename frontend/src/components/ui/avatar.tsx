import { initials } from '@/lib/format';

const PALETTE = ['#1f5f8b', '#2e7d6b', '#7a4f9e', '#a4572a', '#3d5a80', '#6b705c'];

function colorFor(seed: string): string {
  let hash = 0;
  for (const char of seed) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return PALETTE[Math.abs(hash) % PALETTE.length];
}

/** A member's initials in a colored circle (profiles have no photos yet). */
export function Avatar({ name, seed, size = 'md' }: { name: string; seed?: string; size?: 'sm' | 'md' | 'lg' }) {
  return (
    <span className={`avatar avatar--${size}`} style={{ backgroundColor: colorFor(seed ?? name) }} aria-hidden="true">
      {initials(name)}
    </span>
  );
}
