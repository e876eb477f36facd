/** Saving a file from the page: a Blob, a name, and a temporary link. */

/** A file name from a title: lower case, dashes, no characters a file system dislikes. */
export function fileName(title: string, extension: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
  return `${slug || 'export'}.${extension}`
}

export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke later: some browsers start the download after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

export function downloadText(text: string, name: string, mime: string): void {
  downloadBlob(new Blob([text], { type: `${mime};charset=utf-8` }), name)
}
