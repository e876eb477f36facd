import { Component, type ErrorInfo, type ReactNode } from 'react'

interface Props {
  /** What failed, in words, for the fallback message. */
  readonly label: string
  readonly children: ReactNode
}

interface State {
  readonly error: Error | undefined
}

/** Keeps a failing panel from blanking the page: the rest stays usable and the error is named. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined }

  static getDerivedStateFromError(error: Error): State {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn(`${this.props.label} failed to render`, error, info.componentStack)
  }

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <div className="banner banner-error" role="alert">
          <strong>{this.props.label} could not be shown.</strong> {this.state.error.message}{' '}
          <button
            type="button"
            className="button button-ghost"
            onClick={() => this.setState({ error: undefined })}
          >
            Try again
          </button>
        </div>
      )
    }
    return this.props.children
  }
}
