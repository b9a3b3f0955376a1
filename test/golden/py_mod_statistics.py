# statistics module
import statistics as st
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.median(data), st.mode(data), st.pstdev(data), st.stdev(data))
print(st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.fmean([1, 2, 3, 4]), st.multimode('aabbbccccdd'), st.harmonic_mean([40, 60]))
