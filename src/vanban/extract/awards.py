"""placeholder"""

def extract(ctx, doc):
    return []
