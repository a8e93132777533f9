/// The ModelOps scoring pipeline: IR files pre-processed into values for the modelops chart.
public enum ModelOps {}
