// The articles loaded earlier from the given input roots (folders or files, see `kg load --prune`): those no longer
// among the inputs are pruned. Articles of other roots, or loaded from a graph.json, have another or no loadRoot.
MATCH (a:Article)
WHERE a.loadRoot IN $roots
RETURN a.id AS id
