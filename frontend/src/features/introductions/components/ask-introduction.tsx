import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { IntroductionDialog } from './introduction-dialog';

/** The "Ask for an introduction" button of a 2nd-degree profile, with its dialog. */
export function AskIntroduction({ target }: { target: { handle: string; displayName: string } }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        Ask for an introduction
      </Button>
      {open && <IntroductionDialog target={target} onClose={() => setOpen(false)} />}
    </>
  );
}
