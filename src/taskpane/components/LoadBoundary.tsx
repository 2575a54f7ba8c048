import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Component, type ReactNode } from 'react';

interface LoadBoundaryProps {
  /** Shown instead of the children when they fail (a part of the pane that could not be loaded). */
  failed: (error: Error) => string;
  children: ReactNode;
}

/** Says so, in the pane's words, where a part loaded on demand could not be loaded or drawn. */
export class LoadBoundary extends Component<LoadBoundaryProps, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error(error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" data-notice="error">
        <MessageBarBody>{this.props.failed(this.state.error)}</MessageBarBody>
      </MessageBar>
    );
  }
}
