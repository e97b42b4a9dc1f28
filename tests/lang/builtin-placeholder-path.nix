placeholder ./out
