const PATHS = {
  like: 'M12 20.5s-7.5-4.6-7.5-10.1A4.4 4.4 0 0 1 12 7.6a4.4 4.4 0 0 1 7.5 2.8c0 5.5-7.5 10.1-7.5 10.1z',
  comment: 'M4.5 5.5h15v10h-8l-4.5 3.5v-3.5h-2.5z',
  reshare: 'M7 7.5h10l-2.5-2.5M17 16.5H7l2.5 2.5M17 7.5v4M7 16.5v-4',
  star: 'M12 4.5l2.3 4.8 5.2.6-3.9 3.6 1 5.1L12 16.1l-4.6 2.5 1-5.1-3.9-3.6 5.2-.6z',
  bell: 'M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 1.5h-15zM10 20.5a2 2 0 0 0 4 0',
  link: 'M10 14l4-4M9 7.5l1.5-1.5a3.5 3.5 0 0 1 5 5L14 12.5M15 16.5l-1.5 1.5a3.5 3.5 0 0 1-5-5L10 11.5',
} as const;

/** A small line icon drawn in the current text colour; decorative (the text next to it says what it is). */
export function Icon({ name, filled = false }: { name: keyof typeof PATHS; filled?: boolean }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d={PATHS[name]}
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
