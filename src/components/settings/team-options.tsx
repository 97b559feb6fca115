/** The options of a team picker: "No team" first, then the organisation's teams. */
export function TeamOptions({ teams }: { teams: readonly { id: string; name: string }[] | undefined }) {
  return (
    <>
      <option value="">No team</option>
      {(teams ?? []).map((t) => (
        <option key={t.id} value={t.id}>
          {t.name}
        </option>
      ))}
    </>
  );
}
