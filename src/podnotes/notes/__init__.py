"""Reading show notes: free text (HTML, Markdown or plain) in, structure out.

Work in progress (issue 3): the chapter finder is here; links, guests and the public
``podnotes.extract`` entry point are not yet. Nothing here imports the feed reader.
"""
