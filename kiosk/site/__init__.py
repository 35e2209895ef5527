"""The take-home website: the content pack as static HTML, built without Qt."""
