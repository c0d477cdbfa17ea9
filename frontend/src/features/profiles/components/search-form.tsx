import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';

/** The search box; submits the trimmed words (1 to 100 characters). */
export function SearchForm({ initialQuery, onSearch }: { initialQuery: string; onSearch: (q: string) => void }) {
  const [q, setQ] = useState(initialQuery);

  function submit(event: FormEvent) {
    event.preventDefault();
    const words = q.trim();
    if (words) onSearch(words);
  }

  return (
    <form className="search-form" role="search" onSubmit={submit}>
      <label htmlFor="member-search" className="visually-hidden">
        Search members
      </label>
      <input
        id="member-search"
        className="input search-form__input"
        type="search"
        placeholder="Name, headline or company"
        value={q}
        maxLength={100}
        onChange={(event) => setQ(event.target.value)}
        autoFocus={!initialQuery}
      />
      <Button type="submit">Search</Button>
    </form>
  );
}
