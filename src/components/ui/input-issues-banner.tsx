/** One reason an input was refused (the engine's scenario and economics issues both fit). */
interface InputIssue {
  /** Dotted path of the field; with the message it tells issues apart. */
  readonly path: string
  readonly message: string
}

interface InputIssuesBannerProps {
  /** What could not run, in a sentence, shown above the reasons. */
  readonly heading: string
  readonly issues: readonly InputIssue[]
}

/** The alert that lists why an input was refused, one reason per line. */
export function InputIssuesBanner({ heading, issues }: InputIssuesBannerProps) {
  return (
    <div className="banner banner-error" role="alert">
      <strong>{heading}</strong>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>{issue.message}</li>
        ))}
      </ul>
    </div>
  )
}
