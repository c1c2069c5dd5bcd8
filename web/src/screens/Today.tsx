export default function Today() {
  return <p>Today</p>;
}
